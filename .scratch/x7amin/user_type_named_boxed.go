package main

import "fmt"

type boxed struct{ v string }

func main() {
	var r any = 1
	fmt.Printf("%T\n", r)
}
