package main

import (
	"fmt"
	"math"
)

func main() {
	fmt.Println(complex(0, math.Pi))
}
