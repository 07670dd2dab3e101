// Exercises: custom MarshalJSON/UnmarshalJSON on value and pointer receivers, TextMarshaler as map key, json.RawMessage, Decoder with DisallowUnknownFields
package main

import (
	"encoding/json"
	"fmt"
	"strings"
)

type Level int

const (
	Low Level = iota
	High
)

func (l Level) MarshalJSON() ([]byte, error) {
	return json.Marshal([]string{"low", "high"}[l])
}

func (l *Level) UnmarshalJSON(b []byte) error {
	var s string
	if err := json.Unmarshal(b, &s); err != nil {
		return err
	}
	switch s {
	case "low":
		*l = Low
	case "high":
		*l = High
	default:
		return fmt.Errorf("bad level %q", s)
	}
	return nil
}

type Coord struct{ X, Y int }

func (c Coord) MarshalText() ([]byte, error) { return []byte(fmt.Sprintf("%d:%d", c.X, c.Y)), nil }

type Alert struct {
	Level   Level           `json:"level"`
	Payload json.RawMessage `json:"payload"`
}

func main() {
	b, _ := json.Marshal(Alert{High, json.RawMessage(`{"k":[1,2]}`)})
	fmt.Println(string(b))
	var a Alert
	fmt.Println(json.Unmarshal([]byte(`{"level":"low","payload":[true]}`), &a), a.Level, string(a.Payload))
	fmt.Println(json.Unmarshal([]byte(`{"level":"mid"}`), &a))
	m, _ := json.Marshal(map[Coord]string{{1, 2}: "a", {0, 5}: "b"})
	fmt.Println(string(m))
	levels, _ := json.Marshal([]Level{Low, High, Low})
	fmt.Println(string(levels))
	dec := json.NewDecoder(strings.NewReader(`{"level":"high","extra":1}`))
	dec.DisallowUnknownFields()
	var a2 Alert
	fmt.Println(dec.Decode(&a2))
}
