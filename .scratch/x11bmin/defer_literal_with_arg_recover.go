package main

import "fmt"

func work(n int) {
	defer func(tag string) {
		if r := recover(); r != nil {
			fmt.Println(tag, "recovered:", r)
		}
	}(fmt.Sprint("job", n))
	panic("boom")
}

func main() {
	// go: job1 recovered: boom / after
	// gobackprop: ERROR panic: boom (a deferred literal that takes an argument does not recover)
	work(1)
	fmt.Println("after")
}
