package main

import (
	"fmt"
	"os"
	"strings"
	"text/tabwriter"
)

func main() {
	const n = 9
	fmt.Print("   |")
	for j := 1; j <= n; j++ {
		fmt.Printf("%4d", j)
	}
	fmt.Println()
	fmt.Println("---+" + strings.Repeat("-", 4*n))
	for i := 1; i <= n; i++ {
		fmt.Printf("%2d |", i)
		for j := 1; j <= n; j++ {
			fmt.Printf("%4d", i*j)
		}
		fmt.Println()
	}
	fmt.Println()
	for i := 1; i <= 5; i++ {
		fmt.Printf("%*s%s\n", 5-i, "", strings.Repeat("* ", i))
	}
	w := tabwriter.NewWriter(os.Stdout, 0, 8, 2, ' ', tabwriter.AlignRight|tabwriter.Debug)
	fmt.Fprintln(w, "n\tsquare\tcube\t")
	for i := 1; i <= 12; i += 3 {
		fmt.Fprintf(w, "%d\t%d\t%d\t\n", i, i*i, i*i*i)
	}
	w.Flush()
	w2 := tabwriter.NewWriter(os.Stdout, 4, 0, 1, '.', 0)
	fmt.Fprintln(w2, "name\tcity\tage")
	fmt.Fprintln(w2, "Alexandra\tOslo\t31")
	fmt.Fprintln(w2, "Bo\tKuala Lumpur\t7")
	w2.Flush()
}
