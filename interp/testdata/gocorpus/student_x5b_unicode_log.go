// Exercises: building a training log with string +=, strings.Repeat progress bars, byte vs rune length of Greek letters, %-8s padding
package main

import (
	"fmt"
	"strings"
	"unicode/utf8"
)

var logText string

func bar(frac float64, width int) string {
	n := int(frac * float64(width))
	return "[" + strings.Repeat("#", n) + strings.Repeat(".", width-n) + "]"
}

func logEpoch(e int, loss float64) {
	logText += fmt.Sprintf("%-8s%d %s %.2f\n", "epoch", e, bar(1-loss, 10), loss)
}

func main() {
	for e, l := range []float64{0.9, 0.55, 0.31, 0.12} {
		logEpoch(e, l)
	}
	fmt.Print(logText)
	name := "σ(x)·µ"
	fmt.Println(len(name), utf8.RuneCountInString(name), name[0], string([]rune(name)[0]))
	for i, r := range "σµ" {
		fmt.Print(i, ":", string(r), " ")
	}
	fmt.Println()
	fmt.Printf("|%-8s|%8s|%q|%x\n", "σ", "µ", "σ", "σ")
	fmt.Println(strings.ToUpper(name), strings.Count(logText, "\n"), strings.Fields(" a  b ")[1])
}
