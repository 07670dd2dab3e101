// Exercises: json.RawMessage to delay decoding based on a type discriminator.
package main

import (
	"encoding/json"
	"fmt"
)

type Envelope struct {
	Kind string          `json:"kind"`
	Body json.RawMessage `json:"body"`
}

type Circle struct{ Radius float64 }
type Rect struct{ W, H float64 }

func main() {
	input := `[{"kind":"circle","body":{"Radius":2}},{"kind":"rect","body":{"W":3,"H":4}}]`
	var envs []Envelope
	json.Unmarshal([]byte(input), &envs)
	for _, e := range envs {
		switch e.Kind {
		case "circle":
			var c Circle
			json.Unmarshal(e.Body, &c)
			fmt.Printf("circle %+v raw=%s\n", c, e.Body)
		case "rect":
			var r Rect
			json.Unmarshal(e.Body, &r)
			fmt.Printf("rect area %.1f\n", r.W*r.H)
		}
	}
}
