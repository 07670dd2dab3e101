package main

import (
	"bufio"
	"encoding/csv"
	"fmt"
	"io"
	"os"
	"sort"
	"strconv"
	"strings"
	"text/tabwriter"
)

const data = `region,product,units,price
north,widget,12,2.50
south,gadget,3,19.99
north,gadget,7,19.99
east,"widget, deluxe",4,5.25
south,widget,20,2.50
west,gizmo,x,1.00
east,gadget,1,19.99
`

type row struct {
	region, product string
	units           int
	price           float64
}

func main() {
	r := csv.NewReader(strings.NewReader(data))
	header, err := r.Read()
	fmt.Println(header, err)
	var rows []row
	line := 1
	for {
		rec, err := r.Read()
		if err == io.EOF {
			break
		}
		line++
		if err != nil {
			fmt.Println("csv error:", err)
			continue
		}
		u, err := strconv.Atoi(rec[2])
		if err != nil {
			fmt.Printf("line %d: bad units %q: %v\n", line, rec[2], err)
			continue
		}
		p, _ := strconv.ParseFloat(rec[3], 64)
		rows = append(rows, row{rec[0], rec[1], u, p})
	}
	tw := tabwriter.NewWriter(os.Stdout, 0, 8, 2, ' ', tabwriter.AlignRight|tabwriter.Debug)
	fmt.Fprintln(tw, "region\tproduct\tunits\trevenue\t")
	byRegion := map[string]float64{}
	for _, rw := range rows {
		rev := float64(rw.units) * rw.price
		byRegion[rw.region] += rev
		fmt.Fprintf(tw, "%s\t%s\t%d\t%.2f\t\n", rw.region, rw.product, rw.units, rev)
	}
	tw.Flush()
	regions := make([]string, 0, len(byRegion))
	for k := range byRegion {
		regions = append(regions, k)
	}
	sort.Slice(regions, func(i, j int) bool { return byRegion[regions[i]] > byRegion[regions[j]] })
	tw2 := tabwriter.NewWriter(os.Stdout, 10, 4, 1, '.', 0)
	for _, k := range regions {
		fmt.Fprintf(tw2, "%s\t%8.2f\n", k, byRegion[k])
	}
	tw2.Flush()

	w := csv.NewWriter(os.Stdout)
	w.Write([]string{"name", "note"})
	w.Write([]string{"a,b", `say "hi"`})
	w.Write([]string{"multi\nline", ""})
	w.Flush()
	fmt.Println(w.Error())

	sc := bufio.NewScanner(strings.NewReader("one two  three\nfour\n\nfive six"))
	sc.Split(bufio.ScanWords)
	count := 0
	var last string
	for sc.Scan() {
		count++
		last = sc.Text()
	}
	fmt.Println(count, last)
	lines := bufio.NewScanner(strings.NewReader("a\r\nb\n\nc"))
	for n := 1; lines.Scan(); n++ {
		fmt.Printf("%d:%q ", n, lines.Text())
	}
	fmt.Println()
	bw := bufio.NewWriter(os.Stdout)
	fmt.Fprintf(bw, "buffered %d bytes? ", bw.Buffered())
	fmt.Fprintln(bw, bw.Buffered())
	bw.Flush()
}
