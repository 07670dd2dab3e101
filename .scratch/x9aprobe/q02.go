// Exercises: bufio.Writer on os.Stdout with Flush, bufio.Scanner on a string reader
package main

import (
	"bufio"
	"fmt"
	"os"
	"strings"
)

func main() {
	out := bufio.NewWriter(os.Stdout)
	defer out.Flush()
	sc := bufio.NewScanner(strings.NewReader("3 4\n10 20\n7 -2\n"))
	for sc.Scan() {
		var a, b int
		fmt.Sscan(sc.Text(), &a, &b)
		fmt.Fprintln(out, a+b)
	}
	fmt.Println("direct")
	sc = bufio.NewScanner(strings.NewReader("one two  three"))
	sc.Split(bufio.ScanWords)
	n := 0
	for sc.Scan() {
		n++
	}
	fmt.Fprintf(out, "words %d\n", n)
}
