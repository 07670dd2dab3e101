// Exercises: text/tabwriter to os.Stdout for the align-columns task
package main

import (
	"fmt"
	"os"
	"text/tabwriter"
)

func main() {
	tw := tabwriter.NewWriter(os.Stdout, 0, 8, 1, ' ', tabwriter.AlignRight|tabwriter.Debug)
	fmt.Fprintln(tw, "name\tqty\tprice\t")
	fmt.Fprintln(tw, "apple\t3\t1.25\t")
	fmt.Fprintln(tw, "watermelon\t12\t0.5\t")
	tw.Flush()
	fmt.Println("done")
}
