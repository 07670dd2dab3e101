package main

import (
	"encoding/json"
	"fmt"
	"strings"
)

type Dir int

const (
	North Dir = iota
	East
	South
	West
)

var dirNames = []string{"N", "E", "S", "W"}

func (d Dir) MarshalJSON() ([]byte, error) {
	return json.Marshal(dirNames[d])
}

func (d *Dir) UnmarshalJSON(b []byte) error {
	var s string
	if err := json.Unmarshal(b, &s); err != nil {
		return err
	}
	for i, n := range dirNames {
		if n == s {
			*d = Dir(i)
			return nil
		}
	}
	return fmt.Errorf("unknown direction %q", s)
}

type Monster struct {
	Kind string `json:"kind"`
	HP   int    `json:"hp"`
}

type Level struct {
	Name     string             `json:"name"`
	Start    Dir                `json:"start"`
	Map      []string           `json:"map"`
	Monsters map[string]Monster `json:"monsters"`
	Meta     json.RawMessage    `json:"meta,omitempty"`
}

const data = `[
 {"name": "Cave", "start": "E", "map": ["#..", "#.#"], "monsters": {"b2": {"kind": "bat", "hp": 3}}, "meta": {"music": "drip"}},
 {"name": "Keep", "start": "S", "map": ["###"], "monsters": {"a1": {"kind": "orc", "hp": 12}, "c3": {"kind": "rat", "hp": 2}}},
 {"name": "Void", "start": "Q", "map": []}
]`

func main() {
	var raw []json.RawMessage
	if err := json.Unmarshal([]byte(data), &raw); err != nil {
		panic(err)
	}
	var levels []Level
	for i, r := range raw {
		var l Level
		if err := json.Unmarshal(r, &l); err != nil {
			fmt.Printf("level %d: %v\n", i, err)
			continue
		}
		levels = append(levels, l)
	}
	for _, l := range levels {
		fmt.Printf("%s start=%d rows=%d monsters=%v meta=%s\n", l.Name, l.Start, len(l.Map), l.Monsters, l.Meta)
	}
	levels[0].Start = West
	out, err := json.Marshal(levels[0])
	fmt.Println(string(out), err)
	dec := json.NewDecoder(strings.NewReader(`{"kind":"ghost","hp":7,"extra":1}`))
	dec.DisallowUnknownFields()
	var m Monster
	fmt.Println(dec.Decode(&m), m)
	var anyv any
	_ = json.Unmarshal([]byte(`{"a":[1,2.5,"x",true,null]}`), &anyv)
	fmt.Printf("%v\n", anyv)
}
