// Exercises: encoding/json: Marshal of basic values, slices, maps and structs with tags, omitempty, unexported fields skipped, Unmarshal into structs and into map[string]any, MarshalIndent, Encoder.
package main

import (
	"encoding/json"
	"fmt"
	"os"
	"strings"
)

type response1 struct {
	Page   int
	Fruits []string
}

type response2 struct {
	Page    int      `json:"page"`
	Fruits  []string `json:"fruits"`
	Note    string   `json:"note,omitempty"`
	private int
}

func main() {
	bolB, _ := json.Marshal(true)
	fmt.Println(string(bolB))
	slcB, _ := json.Marshal([]string{"apple", "peach", "pear"})
	fmt.Println(string(slcB))
	mapB, _ := json.Marshal(map[string]int{"apple": 5, "lettuce": 7})
	fmt.Println(string(mapB))
	res1B, _ := json.Marshal(&response1{Page: 1, Fruits: []string{"apple", "peach"}})
	fmt.Println(string(res1B))
	res2B, _ := json.Marshal(&response2{Page: 1, Fruits: []string{"apple"}, private: 3})
	fmt.Println(string(res2B))
	byt := []byte(`{"num":6.13,"strs":["a","b"]}`)
	var dat map[string]any
	if err := json.Unmarshal(byt, &dat); err != nil {
		panic(err)
	}
	fmt.Println(dat)
	num := dat["num"].(float64)
	fmt.Println(num)
	strs := dat["strs"].([]any)
	fmt.Println(strs[0].(string))
	str := `{"page": 1, "fruits": ["apple", "peach"], "note": "hi"}`
	res := response2{}
	json.Unmarshal([]byte(str), &res)
	fmt.Println(res)
	fmt.Println(res.Fruits[0], res.Note)
	enc := json.NewEncoder(os.Stdout)
	d := map[string]int{"apple": 5, "lettuce": 7}
	enc.Encode(d)
	ind, _ := json.MarshalIndent(response2{Page: 2}, "", "  ")
	fmt.Println(string(ind))
	dec := json.NewDecoder(strings.NewReader(`{"Page": 3, "Fruits": ["kiwi"]}`))
	var r1 response1
	fmt.Println(dec.Decode(&r1), r1)
	var bad response1
	fmt.Println(json.Unmarshal([]byte(`{"Page":"x"}`), &bad))
}
