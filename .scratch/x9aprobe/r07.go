// Exercises: json with a MarshalJSON method on a user type and a Stringer enum
package main

import (
	"encoding/json"
	"fmt"
	"strings"
)

type Color int

const (
	Red Color = iota
	Green
)

func (c Color) MarshalJSON() ([]byte, error) {
	return json.Marshal(strings.ToLower(c.String()))
}
func (c Color) String() string { return [...]string{"Red", "Green"}[c] }

type Car struct {
	Model string `json:"model"`
	Paint Color  `json:"paint"`
}

func main() {
	b, err := json.Marshal([]Car{{"T", Red}, {"Beetle", Green}})
	fmt.Println(string(b), err)
	fmt.Println(Car{"X", Green})
}
