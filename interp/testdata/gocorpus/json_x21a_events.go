package main

import (
	"encoding/json"
	"fmt"
	"sort"
	"strings"
)

type Event interface{ Kind() string }

type Login struct {
	User string `json:"user"`
	IP   string `json:"ip"`
}
type Purchase struct {
	User  string  `json:"user"`
	Items []Item  `json:"items"`
	Total float64 `json:"total"`
}
type Item struct {
	SKU string `json:"sku"`
	Qty int    `json:"qty"`
}
type Logout struct {
	User string `json:"user"`
}

func (Login) Kind() string    { return "login" }
func (Purchase) Kind() string { return "purchase" }
func (Logout) Kind() string   { return "logout" }

type envelope struct {
	Type string          `json:"type"`
	Data json.RawMessage `json:"data"`
}

var registry = map[string]func() Event{
	"login":    func() Event { return &Login{} },
	"purchase": func() Event { return &Purchase{} },
	"logout":   func() Event { return &Logout{} },
}

func decode(line string) (Event, error) {
	var env envelope
	if err := json.Unmarshal([]byte(line), &env); err != nil {
		return nil, fmt.Errorf("envelope: %w", err)
	}
	mk, ok := registry[env.Type]
	if !ok {
		return nil, fmt.Errorf("unknown type %q", env.Type)
	}
	ev := mk()
	dec := json.NewDecoder(strings.NewReader(string(env.Data)))
	dec.DisallowUnknownFields()
	if err := dec.Decode(ev); err != nil {
		return nil, fmt.Errorf("%s: %w", env.Type, err)
	}
	return ev, nil
}

const stream = `{"type":"login","data":{"user":"ann","ip":"10.0.0.1"}}
{"type":"purchase","data":{"user":"ann","items":[{"sku":"A1","qty":2},{"sku":"B7","qty":1}],"total":31.5}}
{"type":"login","data":{"user":"bob","ip":"10.0.0.2","extra":1}}
{"type":"refund","data":{}}
{"type":"purchase","data":{"user":"bob","items":[{"sku":"A1","qty":5}],"total":50}}
not json
{"type":"logout","data":{"user":"ann"}}`

func main() {
	spent := map[string]float64{}
	skus := map[string]int{}
	kinds := map[string]int{}
	for i, line := range strings.Split(stream, "\n") {
		ev, err := decode(line)
		if err != nil {
			fmt.Printf("line %d: %v\n", i+1, err)
			continue
		}
		kinds[ev.Kind()]++
		switch e := ev.(type) {
		case *Purchase:
			spent[e.User] += e.Total
			for _, it := range e.Items {
				skus[it.SKU] += it.Qty
			}
		case *Login:
			fmt.Printf("login %s from %s\n", e.User, e.IP)
		case interface{ Kind() string }:
			fmt.Printf("other %T %+v\n", e, e)
		}
	}
	fmt.Println(kinds, spent, skus)
	out, _ := json.Marshal(map[string]any{"spent": spent, "skus": skus, "n": len(kinds)})
	fmt.Println(string(out))
	users := make([]string, 0, len(spent))
	for u := range spent {
		users = append(users, u)
	}
	sort.Sort(sort.Reverse(sort.StringSlice(users)))
	fmt.Println(users)
}
