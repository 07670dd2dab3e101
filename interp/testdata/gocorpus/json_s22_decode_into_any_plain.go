package main

import (
	"encoding/json"
	"fmt"
)

func main() {
	var l any
	err := json.Unmarshal([]byte("[1,2]"), &l)
	fmt.Println(l, err)
}
