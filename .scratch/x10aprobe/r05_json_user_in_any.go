package main

import (
	"encoding/json"
	"fmt"
)

type pt struct {
	X, Y int
	tag  string
}

type wrap struct {
	Data any            `json:"data"`
	Meta map[string]any `json:"meta"`
}

func main() {
	b, _ := json.Marshal(map[string]any{"p": pt{1, 2, "t"}, "list": []any{pt{3, 4, ""}, 5}})
	fmt.Println(string(b))
	b, _ = json.Marshal(wrap{Data: &pt{5, 6, "x"}, Meta: map[string]any{"k": []pt{{7, 8, ""}}}})
	fmt.Println(string(b))
	var w wrap
	json.Unmarshal([]byte(`{"data":{"X":1},"meta":{"n":2.5,"s":[1,"a",null,true]}}`), &w)
	fmt.Printf("%v %T %v\n", w.Data, w.Data, w.Meta)
	var n json.Number
	dec := json.Unmarshal([]byte(`12345678901234567890`), &n)
	fmt.Println(n, dec)
	raw := json.RawMessage(`{"a":1}`)
	b, _ = json.Marshal(struct{ R json.RawMessage }{raw})
	fmt.Println(string(b))
}
