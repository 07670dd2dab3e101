package main

import (
	"encoding/json"
	"fmt"
)

type Item struct {
	Name   string `json:"name"`
	Weight int    `json:"weight,omitempty"`
}

type Save struct {
	Room      string         `json:"room"`
	Inventory []Item         `json:"inventory"`
	Visited   map[string]int `json:"visited"`
	Gold      int            `json:"gold"`
	Secret    string         `json:"-"`
	Notes     *string        `json:"notes,omitempty"`
}

func (s *Save) apply(cmd string) {
	switch cmd {
	case "north":
		s.Room = "forest"
	case "south":
		s.Room = "village"
	case "loot":
		s.Inventory = append(s.Inventory, Item{Name: "coin pouch", Weight: 1})
		s.Gold += 25
	case "buy":
		if s.Gold >= 10 {
			s.Gold -= 10
			s.Inventory = append(s.Inventory, Item{Name: "bread"})
		}
	}
	s.Visited[s.Room]++
}

func main() {
	s := &Save{Room: "village", Visited: map[string]int{"village": 1}, Secret: "xyzzy"}
	for _, c := range []string{"north", "loot", "south", "buy", "buy"} {
		s.apply(c)
		fmt.Printf("%-6s -> room=%s gold=%d inv=%d\n", c, s.Room, s.Gold, len(s.Inventory))
	}
	note := "remember the well"
	s.Notes = &note
	data, err := json.MarshalIndent(s, "", "  ")
	if err != nil {
		panic(err)
	}
	fmt.Println(string(data))

	var loaded Save
	if err := json.Unmarshal(data, &loaded); err != nil {
		panic(err)
	}
	fmt.Printf("%+v\n", loaded.Inventory)
	fmt.Printf("secret=%q notes=%q visited=%v\n", loaded.Secret, *loaded.Notes, loaded.Visited)

	bad := []byte(`{"room": 5}`)
	var x Save
	err = json.Unmarshal(bad, &x)
	fmt.Printf("%T: %v\n", err, err)

	var generic map[string]any
	_ = json.Unmarshal(data, &generic)
	fmt.Printf("%v %T\n", generic["gold"], generic["gold"])
}
