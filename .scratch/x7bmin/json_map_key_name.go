package main

import (
	"encoding/json"
	"fmt"
)

type A struct{ X, Y int }

func main() {
	_, err := json.Marshal(map[A]int{{1, 2}: 3})
	fmt.Println(err) // Go: json: unsupported type: map[main.A]int
}
