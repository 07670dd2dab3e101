// Exercises: MarshalText on a user type used as a JSON value and map key.
package main

import (
	"encoding/json"
	"fmt"
	"strings"
)

type Coord struct{ X, Y int }

func (c Coord) MarshalText() ([]byte, error) {
	return []byte(fmt.Sprintf("%d:%d", c.X, c.Y)), nil
}

func (c *Coord) UnmarshalText(b []byte) error {
	_, err := fmt.Sscanf(string(b), "%d:%d", &c.X, &c.Y)
	return err
}

func main() {
	grid := map[Coord]string{{0, 1}: "a", {2, 3}: "b"}
	b, err := json.Marshal(grid)
	fmt.Println(string(b), err)
	b, _ = json.Marshal([]Coord{{5, 6}})
	fmt.Println(string(b))
	var back map[Coord]string
	err = json.Unmarshal([]byte(`{"7:8":"z","1:1":"y"}`), &back)
	fmt.Println(back, err)
	fmt.Println(strings.Count(string(b), ":"))
}
