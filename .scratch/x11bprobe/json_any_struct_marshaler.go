package main

import (
	"encoding/json"
	"fmt"
)

type P struct{ X int }

func (p P) MarshalJSON() ([]byte, error) { return []byte(`"P"`), nil }

func main() {
	b, _ := json.Marshal([]any{P{1}})
	var i any = P{2}
	c, _ := json.Marshal(i)
	fmt.Println(string(b), string(c))
}
