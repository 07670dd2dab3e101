// Exercises: bufio.Scanner over strings.Reader with ScanWords and lines, text/tabwriter aligned columns, strings.NewReplacer
package main

import (
	"bufio"
	"fmt"
	"os"
	"strings"
	"text/tabwriter"
)

const input = `name qty price
apple 3 0.5
banana 12 0.25
cherry 100 0.1`

func main() {
	sc := bufio.NewScanner(strings.NewReader(input))
	sc.Scan()
	header := strings.Fields(sc.Text())
	tw := tabwriter.NewWriter(os.Stdout, 0, 8, 2, ' ', tabwriter.AlignRight|tabwriter.Debug)
	fmt.Fprintln(tw, strings.Join(header, "\t")+"\ttotal\t")
	var grand float64
	for sc.Scan() {
		var name string
		var qty int
		var price float64
		fmt.Sscanf(sc.Text(), "%s %d %f", &name, &qty, &price)
		grand += float64(qty) * price
		fmt.Fprintf(tw, "%s\t%d\t%.2f\t%.2f\t\n", name, qty, price, float64(qty)*price)
	}
	tw.Flush()
	fmt.Printf("grand %.2f\n", grand)
	ws := bufio.NewScanner(strings.NewReader(input))
	ws.Split(bufio.ScanWords)
	n := 0
	for ws.Scan() {
		n++
	}
	fmt.Println("words:", n)
	r := strings.NewReplacer("&", "&amp;", "<", "&lt;", ">", "&gt;")
	fmt.Println(r.Replace("a<b && c>d"))
}
