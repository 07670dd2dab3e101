// Exercises: taking the address of the loop variable yields a distinct pointer each iteration.
package main

import "fmt"

func main() {
	var ptrs []*int
	for i := 0; i < 3; i++ {
		ptrs = append(ptrs, &i)
	}
	for _, p := range ptrs {
		fmt.Print(*p, " ")
	}
	fmt.Println()
	fmt.Println(ptrs[0] == ptrs[1])

	type item struct{ name string }
	var items []*item
	for _, it := range []item{{"x"}, {"y"}} {
		items = append(items, &it)
	}
	fmt.Println(items[0].name, items[1].name)
}
