// Exercises: typed constants keeping their type in expressions, and untyped constants adapting.
package main

import (
	"fmt"
	"time"
)

type Priority int

const (
	Low    Priority = 1
	Normal          = Low * 5
	Urgent          = Normal * 2
)

const timeout = 2 * time.Second
const factor = 3

func main() {
	fmt.Printf("%T %v %T %v\n", Normal, Normal, Urgent, Urgent)
	fmt.Println(timeout, timeout*factor, timeout/4)
	var f float64 = factor
	var d time.Duration = factor
	fmt.Println(f/2, d)
	fmt.Println(time.Duration(1500)*time.Millisecond, 90*time.Minute)
}
