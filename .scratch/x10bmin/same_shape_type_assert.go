package main

import "fmt"

type A struct{ X int }
type B struct{ X int }

func main() {
	var i any = A{1}
	_, okB := i.(B)
	fmt.Println(okB)
}
