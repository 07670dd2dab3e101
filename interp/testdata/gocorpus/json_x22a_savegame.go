package main

import (
	"encoding/json"
	"fmt"
	"strings"
)

type Vec struct{ X, Y int }

func (v Vec) MarshalJSON() ([]byte, error) {
	return []byte(fmt.Sprintf("\"%d,%d\"", v.X, v.Y)), nil
}

func (v *Vec) UnmarshalJSON(b []byte) error {
	var s string
	if err := json.Unmarshal(b, &s); err != nil {
		return err
	}
	_, err := fmt.Sscanf(s, "%d,%d", &v.X, &v.Y)
	return err
}

type Entity struct {
	Kind  string         `json:"kind"`
	Pos   Vec            `json:"pos"`
	HP    int            `json:"hp,omitempty"`
	Attrs map[string]int `json:"attrs,omitempty"`
}

type Save struct {
	Version  int             `json:"v"`
	Player   Entity          `json:"player"`
	Entities []Entity        `json:"entities"`
	Flags    []string        `json:"flags"`
	Extra    json.RawMessage `json:"extra,omitempty"`
}

func main() {
	s := Save{
		Version: 3,
		Player:  Entity{Kind: "hero", Pos: Vec{2, 5}, HP: 30, Attrs: map[string]int{"str": 7, "dex": 4, "int": 9}},
		Entities: []Entity{
			{Kind: "slime", Pos: Vec{7, 1}, HP: 5},
			{Kind: "chest", Pos: Vec{0, 0}},
		},
		Extra: json.RawMessage(`{"weather":"rain"}`),
	}
	b, err := json.Marshal(s)
	if err != nil {
		fmt.Println("marshal:", err)
		return
	}
	fmt.Println(string(b))
	var back Save
	if err := json.Unmarshal(b, &back); err != nil {
		fmt.Println("unmarshal:", err)
		return
	}
	back.Player.Pos.X++
	back.Entities = append(back.Entities, Entity{Kind: "bat", Pos: Vec{-1, 3}, HP: 2})
	fmt.Printf("%+v\n", back.Player)
	fmt.Println(back.Flags == nil, string(back.Extra))
	var generic map[string]any
	_ = json.Unmarshal(b, &generic)
	fmt.Println(generic["v"], generic["player"].(map[string]any)["pos"], len(generic["entities"].([]any)))
	var bad Save
	err = json.NewDecoder(strings.NewReader(`{"v":1,"player":{"pos":"x,y"}}`)).Decode(&bad)
	fmt.Println("bad:", err)
	out, _ := json.MarshalIndent(back.Entities, "", "  ")
	fmt.Println(string(out))
}
