package main

import "fmt"

func litWithArg(n int) {
	defer func(tag string) {
		if r := recover(); r != nil {
			fmt.Println(tag, "recovered:", r)
		}
	}(fmt.Sprint("lit", n))
	panic("boom1")
}

func main() {
	litWithArg(1)
	fmt.Println("after")
}
