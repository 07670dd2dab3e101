package main

import (
	"encoding/json"
	"fmt"
	"os"
	"strings"
)

type Money int64

func (m Money) MarshalJSON() ([]byte, error) {
	return []byte(fmt.Sprintf(`"%d.%02d"`, m/100, m%100)), nil
}

func (m *Money) UnmarshalJSON(b []byte) error {
	var s string
	if err := json.Unmarshal(b, &s); err != nil {
		return fmt.Errorf("money: %w", err)
	}
	var d, c int64
	if _, err := fmt.Sscanf(s, "%d.%d", &d, &c); err != nil {
		return fmt.Errorf("money %q: %v", s, err)
	}
	*m = Money(d*100 + c)
	return nil
}

type Meta struct {
	CreatedBy string `json:"created_by"`
}

type Item struct {
	SKU      string            `json:"sku"`
	Name     string            `json:"name"`
	Price    Money             `json:"price"`
	Qty      int               `json:"qty,omitempty"`
	Tags     []string          `json:"tags,omitempty"`
	Attrs    map[string]string `json:"attrs,omitempty"`
	internal string
	Meta     `json:"meta"`
}

func main() {
	items := []Item{
		{SKU: "A-1", Name: "Widget", Price: 1999, Qty: 3, Tags: []string{"tools"}, Meta: Meta{"ann"}},
		{SKU: "B-2", Name: "Gadget <pro>", Price: 5, Attrs: map[string]string{"z": "1", "a": "2"}, internal: "x"},
	}
	out, err := json.Marshal(items)
	if err != nil {
		panic(err)
	}
	fmt.Println(string(out))

	enc := json.NewEncoder(os.Stdout)
	enc.SetIndent("", "  ")
	enc.SetEscapeHTML(false)
	enc.Encode(items[1])

	var back []Item
	if err := json.Unmarshal(out, &back); err != nil {
		panic(err)
	}
	fmt.Printf("%+v\n", back[0])
	fmt.Println(back[1].Price, back[0].CreatedBy == "ann")

	var generic any
	json.Unmarshal([]byte(`{"n":1.5,"list":[1,"two",null,true],"obj":{"k":"v"}}`), &generic)
	m := generic.(map[string]any)
	for _, k := range []string{"n", "list", "obj"} {
		fmt.Printf("%s: %T %v\n", k, m[k], m[k])
	}

	dec := json.NewDecoder(strings.NewReader(`{"sku":"C","price":"1.50","extra":1}`))
	dec.DisallowUnknownFields()
	var it Item
	fmt.Println("strict:", dec.Decode(&it))

	err = json.Unmarshal([]byte(`{"sku": 12}`), &it)
	var te *json.UnmarshalTypeError
	if ok := asType(err, &te); ok {
		fmt.Println("type error field:", te.Field, "value:", te.Value)
	}
	err = json.Unmarshal([]byte(`{"price":"abc"}`), &it)
	fmt.Println("custom:", err)
	err = json.Unmarshal([]byte(`{"sku":`), &it)
	fmt.Println("syntax:", err)

	stream := json.NewDecoder(strings.NewReader(`{"a":1} {"a":2} {"a":3}`))
	total := 0
	for stream.More() {
		var v struct{ A int }
		if err := stream.Decode(&v); err != nil {
			break
		}
		total += v.A
	}
	fmt.Println("stream total:", total)
	raw := json.RawMessage(`{"keep":"as is"}`)
	b, _ := json.Marshal(map[string]any{"raw": raw, "num": json.Number("12.50")})
	fmt.Println(string(b))
}

func asType(err error, target **json.UnmarshalTypeError) bool {
	e, ok := err.(*json.UnmarshalTypeError)
	if ok {
		*target = e
	}
	return ok
}
