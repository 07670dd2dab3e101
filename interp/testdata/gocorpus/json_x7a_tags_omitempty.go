// Exercises: encoding/json struct tags, omitempty, "-" fields, string option, embedded struct flattening, unexported fields skipped, MarshalIndent
package main

import (
	"encoding/json"
	"fmt"
)

type Audit struct {
	CreatedBy string `json:"created_by"`
	Version   int    `json:"version,omitempty"`
}

type Item struct {
	ID       int               `json:"id"`
	Name     string            `json:"name"`
	Price    float64           `json:"price,omitempty"`
	Tags     []string          `json:"tags,omitempty"`
	Attrs    map[string]string `json:"attrs,omitempty"`
	Count    int64             `json:"count,string"`
	Password string            `json:"-"`
	internal int
	Audit
	Parent *Item `json:"parent,omitempty"`
}

func main() {
	it := Item{ID: 7, Name: "lamp", Count: 3, Password: "x", internal: 9, Audit: Audit{CreatedBy: "ann"}}
	b, err := json.Marshal(it)
	fmt.Println(string(b), err)
	it.Tags = []string{"home"}
	it.Price = 19.5
	it.Parent = &Item{ID: 1, Name: "root"}
	b, _ = json.MarshalIndent(it, "", "  ")
	fmt.Println(string(b))
	var back Item
	err = json.Unmarshal([]byte(`{"id":9,"name":"desk","count":"12","created_by":"bob","version":2,"Password":"p","unknown":1}`), &back)
	fmt.Printf("%v %+v\n", err, back)
}
