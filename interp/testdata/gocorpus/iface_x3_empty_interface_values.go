// Exercises: any holding different dynamic types, %T, comparison of interface values
package main

import "fmt"

type ID int

func main() {
	vals := []any{1, ID(1), "1", 1.0, []byte("1"), struct{}{}, true}
	for _, v := range vals {
		fmt.Printf("%-12T %v\n", v, v)
	}
	var a, b any = 1, ID(1)
	fmt.Println(a == b, a == any(1), b == any(ID(1)))
	var c, d any = "x", "x"
	fmt.Println(c == d)
}
