// A for loop whose post statement assigns a call beside other values
// (i, p = i+1, next(p)), with continue and closures over the variables.
package main

import "fmt"

func next(n int) int { return n * 2 }

func main() {
	var fs []func() int
	for i, p := 0, 1; i < 4; i, p = i+1, next(p) {
		if i == 1 {
			continue
		}
		fs = append(fs, func() int { return i*100 + p })
	}
	for _, f := range fs {
		fmt.Print(f(), " ")
	}
	fmt.Println()
	for a, b := 0, len("xy"); a < b; a, b = a+1, len("xy")-a {
		fmt.Println(a, b)
	}
}
