package main

import "fmt"

type stateFn func(int) stateFn

func lexWhile(k int) stateFn {
	return func(n int) stateFn { return lexAny }
}

func lexAny(n int) stateFn {
	if n > 2 {
		return nil
	}
	return lexWhile(1)
}

func main() {
	fmt.Println(lexAny(1)(2)(3) == nil)
}
