package main

import "fmt"

type guard struct{ name string }

func (g guard) recover(tag string) {
	if r := recover(); r != nil {
		fmt.Println(g.name, tag, "recovered:", r)
	}
}

func litWithArg(n int) {
	defer func(tag string) {
		if r := recover(); r != nil {
			fmt.Println(tag, "recovered:", r)
		}
	}(fmt.Sprint("lit", n))
	panic("boom1")
}

func methodWithArg(n int) {
	g := guard{"g"}
	defer g.recover(fmt.Sprint("m", n))
	panic("boom2")
}

func main() {
	litWithArg(1)
	methodWithArg(2)
	fmt.Println("after")
}
