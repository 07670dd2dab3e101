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

func (c Color) String() string { return [...]string{"red", "green"}[c] }

func (c Color) MarshalText() ([]byte, error) { return []byte(c.String()), nil }

func (c *Color) UnmarshalText(b []byte) error {
	switch strings.ToLower(string(b)) {
	case "red":
		*c = Red
	case "green":
		*c = Green
	default:
		return fmt.Errorf("unknown color %q", b)
	}
	return nil
}

type Car struct {
	Paint Color         `json:"paint"`
	Stock map[Color]int `json:"stock"`
}

func main() {
	b, err := json.Marshal(Car{Green, map[Color]int{Red: 2, Green: 1}})
	fmt.Println(string(b), err)
	var c Car
	err = json.Unmarshal([]byte(`{"paint":"red","stock":{"green":5}}`), &c)
	fmt.Println(c.Paint, c.Stock, err)
	err = json.Unmarshal([]byte(`{"paint":"blue"}`), &c)
	fmt.Println(err)
}
