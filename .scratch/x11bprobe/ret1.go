package main

import (
	"fmt"
	"strconv"
)

func main() {
	defer fmt.Println("deferred in main")
	for _, s := range []string{"1", "2", "x", "4"} {
		n, err := strconv.Atoi(s)
		if err != nil {
			fmt.Println("error:", err)
			return
		}
		fmt.Println(n)
	}
	fmt.Println("not reached")
}
