package main

import (
	"encoding/json"
	"errors"
	"fmt"
	"sort"
)

type Envelope struct {
	Type string          `json:"type"`
	ID   int             `json:"id"`
	Data json.RawMessage `json:"data"`
}

type Meta struct {
	CreatedBy string `json:"created_by,omitempty"`
	Version   int    `json:"version"`
}

type UserCreated struct {
	Meta
	Name  string   `json:"name"`
	Roles []string `json:"roles"`
}

type OrderPlaced struct {
	Meta
	Items map[string]int `json:"items"`
	Total float64        `json:"total,string"`
	Note  *string        `json:"note"`
}

type handler func(json.RawMessage) (string, error)

func decodeInto[T any](fn func(T) string) handler {
	return func(raw json.RawMessage) (string, error) {
		var v T
		if err := json.Unmarshal(raw, &v); err != nil {
			return "", err
		}
		return fn(v), nil
	}
}

func main() {
	handlers := map[string]handler{
		"user.created": decodeInto(func(u UserCreated) string {
			return fmt.Sprintf("user %s roles=%v by=%q v%d", u.Name, u.Roles, u.CreatedBy, u.Version)
		}),
		"order.placed": decodeInto(func(o OrderPlaced) string {
			skus := make([]string, 0, len(o.Items))
			for k := range o.Items {
				skus = append(skus, k)
			}
			sort.Strings(skus)
			note := "<none>"
			if o.Note != nil {
				note = *o.Note
			}
			return fmt.Sprintf("order skus=%v total=%.2f note=%s", skus, o.Total, note)
		}),
	}

	stream := `[
	 {"type":"user.created","id":1,"data":{"name":"ada","roles":["admin"],"version":2,"created_by":"system"}},
	 {"type":"order.placed","id":2,"data":{"items":{"b-2":1,"a-1":3},"total":"42.50","note":null,"version":1}},
	 {"type":"order.placed","id":3,"data":{"items":{},"total":17,"version":1}},
	 {"type":"ping","id":4,"data":{}},
	 {"type":"user.created","id":5,"data":{"name":"bob","roles":null,"version":1}}
	]`
	var envs []Envelope
	if err := json.Unmarshal([]byte(stream), &envs); err != nil {
		fmt.Println("fatal:", err)
		return
	}
	for _, e := range envs {
		h, ok := handlers[e.Type]
		if !ok {
			fmt.Printf("#%d skip %s (raw %s)\n", e.ID, e.Type, e.Data)
			continue
		}
		s, err := h(e.Data)
		var ute *json.UnmarshalTypeError
		switch {
		case errors.As(err, &ute):
			fmt.Printf("#%d type error field=%q value=%s\n", e.ID, ute.Field, ute.Value)
		case err != nil:
			fmt.Printf("#%d error: %v\n", e.ID, err)
		default:
			fmt.Printf("#%d %s\n", e.ID, s)
		}
	}
	note := "leave at door"
	out, _ := json.Marshal(OrderPlaced{Meta{"web", 3}, map[string]int{"z": 1, "a": 2}, 9.5, &note})
	fmt.Println(string(out))
	back, _ := json.Marshal(envs[3])
	fmt.Println(string(back))
}
