package main

import (
	"fmt"
	"strings"
)

func mk() map[int]int { return map[int]int{1: 1} }

func main() {
	_, _ = strings.ToUpper("x"), mk()
	s, t := strings.ToUpper("y"), mk()
	fmt.Println(s, t)
	var u string
	var v map[int]int
	u, v = strings.ToUpper("z"), mk()
	fmt.Println(u, v)
}
