package main

import (
	"encoding/json"
	"fmt"
)

type Level int

func (l Level) MarshalJSON() ([]byte, error) { return []byte(`"L"`), nil }

type Row struct{ L Level }

func main() {
	a, _ := json.Marshal(Row{1})
	b, _ := json.Marshal([]any{Level(1)})
	c, _ := json.Marshal(map[string]any{"l": Level(1)})
	// go: {"L":"L"} ["L"] {"l":"L"}; gobackprop: {"L":"L"} [1] {"l":1}
	fmt.Println(string(a), string(b), string(c))
}
