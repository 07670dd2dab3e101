// Exercises: text/tabwriter aligning columns.
package main

import (
	"fmt"
	"os"
	"text/tabwriter"
)

func main() {
	w := tabwriter.NewWriter(os.Stdout, 0, 8, 2, ' ', 0)
	fmt.Fprintln(w, "NAME\tLANG\tSTARS")
	fmt.Fprintln(w, "gobackprop\tGo\t12")
	fmt.Fprintln(w, "x\tRust\t12345")
	fmt.Fprintln(w, "a-much-longer-name\tC\t7")
	w.Flush()
	rw := tabwriter.NewWriter(os.Stdout, 5, 0, 1, '.', tabwriter.AlignRight|tabwriter.Debug)
	fmt.Fprintln(rw, "a\tbbb\tc\t")
	fmt.Fprintln(rw, "aaaa\tb\tcc\t")
	rw.Flush()
}
