// From algo_x26a_word_search.go (both styles).
// go run:      97
//
//	99
//
// gobackprop:  program style:  CompileError: label words not defined
//
//	notebook style: runtime error: invalid memory address or nil pointer dereference
//
// A label with the same name as a local variable (labels have their own namespace in Go).
// Renaming the label to "outer" makes it pass; inside a non-main func it is the same CompileError.
package main

import "fmt"

func main() {
	words := []string{"ab", "cd"}
words:
	for _, w := range words {
		for i := range w {
			if i == 1 {
				continue words
			}
			fmt.Println(w[i])
		}
	}
}
