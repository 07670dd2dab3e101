// Exercises: text/tabwriter to os.Stdout for a results table, fmt.Fprintf with tabs, right alignment flag
package main

import (
	"fmt"
	"os"
	"text/tabwriter"
)

type Run struct {
	Model    string
	Params   int
	TrainAcc float64
	ValAcc   float64
}

func main() {
	runs := []Run{
		{"linear", 7850, 0.9212, 0.9188},
		{"mlp-64", 50890, 0.9871, 0.9702},
		{"mlp-256x2", 269322, 0.9990, 0.9801},
	}
	w := tabwriter.NewWriter(os.Stdout, 0, 0, 2, ' ', 0)
	fmt.Fprintln(w, "model\tparams\ttrain\tval\tgap\t")
	for _, r := range runs {
		fmt.Fprintf(w, "%s\t%d\t%.4f\t%.4f\t%+.4f\t\n", r.Model, r.Params, r.TrainAcc, r.ValAcc, r.TrainAcc-r.ValAcc)
	}
	w.Flush()
	fmt.Println("---")
	w = tabwriter.NewWriter(os.Stdout, 0, 0, 1, '.', tabwriter.AlignRight|tabwriter.Debug)
	for _, r := range runs {
		fmt.Fprintf(w, "%s\t%d\t\n", r.Model, r.Params)
	}
	w.Flush()
	fmt.Fprintf(os.Stdout, "%d runs\n", len(runs))
}
