// Exercises: HASH puzzle with byte arithmetic wrapping at 256, [256][]lens array of slices, slices.IndexFunc and slices.Delete, strings.FieldsFunc
package main

import (
	"fmt"
	"slices"
	"strings"
)

const input = `rn=1,cm-,qp=3,cm=2,qp-,pc=4,ot=9,ab=5,pc-,pc=6,ot=7`

type lens struct {
	label string
	focal int
}

func hash(s string) int {
	var h uint8
	for i := 0; i < len(s); i++ {
		h = (h + s[i]) * 17
	}
	return int(h)
}

func main() {
	steps := strings.FieldsFunc(input, func(r rune) bool { return r == ',' || r == '\n' })
	sum := 0
	var boxes [256][]lens
	for _, s := range steps {
		sum += hash(s)
		if label, ok := strings.CutSuffix(s, "-"); ok {
			b := &boxes[hash(label)]
			if i := slices.IndexFunc(*b, func(l lens) bool { return l.label == label }); i >= 0 {
				*b = slices.Delete(*b, i, i+1)
			}
			continue
		}
		label, num, _ := strings.Cut(s, "=")
		f := int(num[0] - '0')
		h := hash(label)
		i := slices.IndexFunc(boxes[h], func(l lens) bool { return l.label == label })
		if i >= 0 {
			boxes[h][i].focal = f
		} else {
			boxes[h] = append(boxes[h], lens{label, f})
		}
	}
	power := 0
	for bi, box := range boxes {
		for li, l := range box {
			power += (bi + 1) * (li + 1) * l.focal
		}
	}
	fmt.Println(sum, power, hash("HASH"), boxes[0], boxes[3])
}
