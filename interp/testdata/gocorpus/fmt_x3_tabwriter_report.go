// Exercises: tabwriter into a strings.Builder, floats in columns, loop-generated rows
package main

import (
	"fmt"
	"strings"
	"text/tabwriter"
)

func main() {
	var sb strings.Builder
	tw := tabwriter.NewWriter(&sb, 0, 0, 3, ' ', 0)
	fmt.Fprintln(tw, "epoch\tloss\tacc")
	loss := 2.0
	for e := 1; e <= 4; e++ {
		loss *= 0.6
		fmt.Fprintf(tw, "%d\t%.4f\t%.1f%%\n", e, loss, 100-loss*30)
	}
	tw.Flush()
	fmt.Print(sb.String())
	fmt.Println(strings.Count(sb.String(), "\n"))
}
