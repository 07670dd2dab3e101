package main

import (
	"encoding/json"
	"fmt"
)

type Student struct {
	ID     int               `json:"id"`
	Name   string            `json:"name"`
	Email  string            `json:"email,omitempty"`
	Grades map[string]int    `json:"grades"`
	Tags   []string          `json:"tags,omitempty"`
	Extra  map[string]string `json:"-"`
}

func main() {
	s := Student{ID: 7, Name: "Maria", Grades: map[string]int{"math": 91, "art": 78}}
	b, err := json.Marshal(s)
	if err != nil {
		fmt.Println("error:", err)
		return
	}
	fmt.Println(string(b))
	pretty, _ := json.MarshalIndent([]Student{s, {ID: 8, Name: "Tom", Email: "t@x.org", Tags: []string{"new"}}}, "", "  ")
	fmt.Println(string(pretty))

	input := `[{"id":1,"name":"Ana","grades":{"math":88}},{"id":2,"name":"Leo","grades":{"math":72,"bio":95},"tags":["transfer"]}]`
	var list []Student
	if err := json.Unmarshal([]byte(input), &list); err != nil {
		fmt.Println("error:", err)
		return
	}
	for _, st := range list {
		total := 0
		for _, g := range st.Grades {
			total += g
		}
		fmt.Printf("%d %-4s avg=%.1f tags=%v\n", st.ID, st.Name, float64(total)/float64(len(st.Grades)), st.Tags)
	}
	fmt.Printf("%+v\n", list[1])

	var generic map[string]any
	json.Unmarshal([]byte(`{"a":1,"b":[true,null,"x"],"c":{"d":2.5}}`), &generic)
	fmt.Println(generic)
	for _, k := range []string{"a", "b", "c"} {
		fmt.Printf("%s: %T\n", k, generic[k])
	}
	var bad Student
	err = json.Unmarshal([]byte(`{"id":"seven"}`), &bad)
	fmt.Println("bad:", err)
}
