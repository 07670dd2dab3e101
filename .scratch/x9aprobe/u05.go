// Exercises: map[string]any of user values printed with %v, and json of it
package main

import (
	"encoding/json"
	"fmt"
)

type Level int

func (l Level) String() string { return [...]string{"debug", "info"}[l] }

type Limits struct{ Max, Min int }

func main() {
	cfg := map[string]any{"level": Level(1), "limits": Limits{10, 1}, "name": "svc", "ratio": 0.5}
	fmt.Println(cfg)
	b, _ := json.Marshal(cfg)
	fmt.Println(string(b))
}
