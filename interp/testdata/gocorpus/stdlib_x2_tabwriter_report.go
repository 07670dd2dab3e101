// Exercises: text/tabwriter producing an aligned report with right-aligned numbers and a footer.
package main

import (
	"fmt"
	"os"
	"text/tabwriter"
)

type row struct {
	pkg      string
	tests    int
	failures int
	coverage float64
}

func main() {
	rows := []row{
		{"interp", 412, 3, 81.5},
		{"kernel", 57, 0, 66.25},
		{"display/plot", 9, 1, 40},
	}
	w := tabwriter.NewWriter(os.Stdout, 0, 0, 2, ' ', tabwriter.AlignRight)
	fmt.Fprintln(w, "PACKAGE\tTESTS\tFAIL\tCOVER\t")
	tt, tf := 0, 0
	for _, r := range rows {
		fmt.Fprintf(w, "%s\t%d\t%d\t%.1f%%\t\n", r.pkg, r.tests, r.failures, r.coverage)
		tt += r.tests
		tf += r.failures
	}
	fmt.Fprintf(w, "total\t%d\t%d\t\t\n", tt, tf)
	w.Flush()

	lw := tabwriter.NewWriter(os.Stdout, 8, 4, 1, '-', 0)
	fmt.Fprintln(lw, "a\tbb\tccc")
	fmt.Fprintln(lw, "dddddddddd\te\tf")
	lw.Flush()
}
