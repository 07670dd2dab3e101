package main

import (
	"encoding/json"
	"fmt"
	"strings"
)

type Timestamps struct {
	Created int64 `json:"created_at"`
	Updated int64 `json:"updated_at,omitempty"`
}

type Money int64

func (m Money) MarshalJSON() ([]byte, error) {
	return []byte(fmt.Sprintf(`"%d.%02d"`, m/100, m%100)), nil
}

func (m *Money) UnmarshalJSON(b []byte) error {
	s := strings.Trim(string(b), `"`)
	var whole, frac int64
	if _, err := fmt.Sscanf(s, "%d.%d", &whole, &frac); err != nil {
		return fmt.Errorf("money %q: %w", s, err)
	}
	*m = Money(whole*100 + frac)
	return nil
}

type Status string

const (
	Active   Status = "active"
	Archived Status = "archived"
)

type Product struct {
	ID    int               `json:"id"`
	Name  string            `json:"name"`
	Price Money             `json:"price"`
	Tags  []string          `json:"tags,omitempty"`
	Attrs map[string]string `json:"attrs,omitempty"`
	Status
	Timestamps
	internal string
}

type Page[T any] struct {
	Items []T  `json:"items"`
	Next  *int `json:"next"`
}

func main() {
	p := Product{ID: 1, Name: "Widget", Price: 1999, Tags: []string{"a", "b"},
		Attrs: map[string]string{"z": "1", "color": "red"}, Status: Active,
		Timestamps: Timestamps{Created: 1700000000}, internal: "x"}
	b, err := json.Marshal(p)
	fmt.Println(string(b), err)

	next := 2
	page := Page[Product]{Items: []Product{p, {ID: 2, Name: "Gadget", Price: 5}}, Next: &next}
	b, _ = json.MarshalIndent(page, "", "  ")
	fmt.Println(string(b))

	in := `{"items":[{"id":9,"name":"Thing","price":"12.34","Status":"archived","created_at":5,"updated_at":6}],"next":null}`
	var got Page[Product]
	if err := json.Unmarshal([]byte(in), &got); err != nil {
		fmt.Println("error:", err)
	}
	fmt.Printf("%+v next=%v\n", got.Items[0], got.Next)
	fmt.Println(got.Items[0].Status == Archived, got.Items[0].Price)

	var bad Product
	err = json.Unmarshal([]byte(`{"price":"abc"}`), &bad)
	fmt.Println("bad:", err)

	var generic map[string]any
	json.Unmarshal(b, &generic)
	items := generic["items"].([]any)
	fmt.Println(len(items), items[0].(map[string]any)["price"], generic["next"])
}
