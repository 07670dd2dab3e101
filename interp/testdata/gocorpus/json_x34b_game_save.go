package main

import (
	"encoding/json"
	"fmt"
	"strings"
)

type Vec struct {
	X, Y int
}

type Item struct {
	Name   string  `json:"name"`
	Weight float64 `json:"weight"`
}

type Stats map[string]int

type Character struct {
	Name      string          `json:"name"`
	Level     int             `json:"level"`
	Pos       Vec             `json:"pos"`
	Inventory []Item          `json:"inventory"`
	Stats     Stats           `json:"stats"`
	Flags     map[string]bool `json:"flags,omitempty"`
	Class     Class           `json:"class"`
}

type Class int

const (
	Warrior Class = iota
	Mage
	Rogue
)

var classNames = []string{"warrior", "mage", "rogue"}

func (c Class) MarshalText() ([]byte, error) { return []byte(classNames[c]), nil }
func (c *Class) UnmarshalText(b []byte) error {
	for i, n := range classNames {
		if n == string(b) {
			*c = Class(i)
			return nil
		}
	}
	return fmt.Errorf("unknown class %q", b)
}

type SaveFile struct {
	Version int             `json:"version"`
	Party   []*Character    `json:"party"`
	Raw     json.RawMessage `json:"extra"`
}

func main() {
	save := SaveFile{
		Version: 2,
		Party: []*Character{
			{Name: "Ayla", Level: 5, Pos: Vec{3, 4}, Class: Mage,
				Inventory: []Item{{"staff", 2.5}, {"potion", 0.5}},
				Stats:     Stats{"int": 14, "str": 6}},
			{Name: "Brom", Level: 6, Class: Warrior, Stats: Stats{"str": 16}, Flags: map[string]bool{"met_king": true}},
		},
		Raw: json.RawMessage(`{"difficulty":"hard"}`),
	}
	data, err := json.Marshal(save)
	if err != nil {
		panic(err)
	}
	fmt.Println(string(data))
	var loaded SaveFile
	if err := json.Unmarshal(data, &loaded); err != nil {
		panic(err)
	}
	for _, c := range loaded.Party {
		fmt.Printf("%s lvl %d %v at %+v items=%d stats=%v\n", c.Name, c.Level, classNames[c.Class], c.Pos, len(c.Inventory), c.Stats)
	}
	var extra map[string]string
	_ = json.Unmarshal(loaded.Raw, &extra)
	fmt.Println(extra["difficulty"], loaded.Party[1].Inventory == nil)
	err = json.NewDecoder(strings.NewReader(`{"class":"bard"}`)).Decode(&Character{})
	fmt.Println("bad class:", err)
	b, _ := json.MarshalIndent(map[string]any{"hp": 10, "buffs": []string{}, "boss": nil}, "", " ")
	fmt.Println(string(b))
}
