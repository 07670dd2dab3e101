package main

import "fmt"

func logRecover(name string) {
	if r := recover(); r != nil {
		fmt.Println(name, "recovered:", r)
	}
}

func work(n int) {
	name := fmt.Sprint("work", n)
	defer logRecover(name)
	panic("boom")
}

func main() {
	// go: work1 recovered: boom / after; gobackprop: the cell fails with "panic: boom" -
	// a deferred recovering function whose argument is a variable does not recover
	work(1)
	fmt.Println("after")
}
