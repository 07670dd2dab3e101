package main

import (
	"encoding/json"
	"fmt"
)

type inner struct{ N int }

func main() {
	var aux struct {
		Title string
		Inner inner
	}
	fmt.Println(json.Unmarshal([]byte(`{"Title":5}`), &aux))
}
