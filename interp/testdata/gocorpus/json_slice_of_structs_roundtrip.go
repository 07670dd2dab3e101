// Exercises: marshal and unmarshal a slice of structs, comparing the round trip.
package main

import (
	"encoding/json"
	"fmt"
	"reflect"
)

type Point struct {
	X, Y  int
	Label string `json:"label,omitempty"`
}

func main() {
	pts := []Point{{1, 2, "a"}, {3, 4, ""}, {-5, 0, "origin-ish"}}
	b, err := json.Marshal(pts)
	if err != nil {
		fmt.Println(err)
	}
	fmt.Println(string(b))
	var back []Point
	err = json.Unmarshal(b, &back)
	fmt.Println(err, len(back), reflect.DeepEqual(pts, back))
	fmt.Println(back[2])
}
