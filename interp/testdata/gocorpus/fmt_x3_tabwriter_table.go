// Exercises: text/tabwriter aligning columns, AlignRight flag, padding character
package main

import (
	"fmt"
	"os"
	"text/tabwriter"
)

func main() {
	w := tabwriter.NewWriter(os.Stdout, 0, 8, 2, ' ', 0)
	fmt.Fprintln(w, "layer\tparams\tactivation\t")
	fmt.Fprintln(w, "dense1\t784\trelu\t")
	fmt.Fprintln(w, "dense2\t10\tsoftmax\t")
	w.Flush()
	r := tabwriter.NewWriter(os.Stdout, 6, 0, 1, '.', tabwriter.AlignRight|tabwriter.Debug)
	fmt.Fprintf(r, "%s\t%d\t\n", "a", 1)
	fmt.Fprintf(r, "%s\t%d\t\n", "bbbb", 12345)
	r.Flush()
}
