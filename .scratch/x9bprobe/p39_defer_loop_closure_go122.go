package main

import "fmt"

func main() {
	func() {
		for i := range 3 {
			defer func() { fmt.Print(i, " ") }()
		}
	}()
	fmt.Println()
	var prints []func()
	for i, s := 0, "a"; i < 3; i, s = i+1, s+"a" {
		prints = append(prints, func() { fmt.Print(i, s, " ") })
	}
	for _, p := range prints {
		p()
	}
	fmt.Println()
}
