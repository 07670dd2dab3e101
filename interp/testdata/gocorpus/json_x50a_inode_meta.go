package main

import (
	"encoding/json"
	"fmt"
	"os"
	"strings"
)

type Mode uint32

const (
	ModeDir Mode = 1 << 31
)

func (m Mode) String() string {
	var sb strings.Builder
	if m&ModeDir != 0 {
		sb.WriteByte('d')
	} else {
		sb.WriteByte('-')
	}
	const rwx = "rwxrwxrwx"
	for i := 0; i < 9; i++ {
		if m&(1<<(8-i)) != 0 {
			sb.WriteByte(rwx[i])
		} else {
			sb.WriteByte('-')
		}
	}
	return sb.String()
}

func (m Mode) MarshalJSON() ([]byte, error) {
	return json.Marshal(m.String())
}

func (m *Mode) UnmarshalJSON(b []byte) error {
	var s string
	if err := json.Unmarshal(b, &s); err != nil {
		return err
	}
	if len(s) != 10 {
		return fmt.Errorf("bad mode %q", s)
	}
	var v Mode
	if s[0] == 'd' {
		v |= ModeDir
	}
	for i := 0; i < 9; i++ {
		if s[i+1] != '-' {
			v |= 1 << (8 - i)
		}
	}
	*m = v
	return nil
}

type Inode struct {
	Ino      uint64            `json:"ino"`
	Name     string            `json:"name"`
	Mode     Mode              `json:"mode"`
	Size     int64             `json:"size,omitempty"`
	Xattrs   map[string]string `json:"xattrs,omitempty"`
	Children []*Inode          `json:"children,omitempty"`
	parent   *Inode
}

func main() {
	root := &Inode{Ino: 1, Name: "/", Mode: ModeDir | 0o755}
	etc := &Inode{Ino: 2, Name: "etc", Mode: ModeDir | 0o755, parent: root}
	passwd := &Inode{Ino: 3, Name: "passwd", Mode: 0o644, Size: 1234, parent: etc,
		Xattrs: map[string]string{"security.selinux": "etc_t", "user.owner": "root"}}
	key := &Inode{Ino: 4, Name: "id_rsa", Mode: 0o600, Size: 3247, parent: root}
	etc.Children = []*Inode{passwd}
	root.Children = []*Inode{etc, key}

	b, err := json.MarshalIndent(root, "", "  ")
	if err != nil {
		panic(err)
	}
	fmt.Println(string(b))

	var back Inode
	if err := json.Unmarshal(b, &back); err != nil {
		panic(err)
	}
	fmt.Printf("%v %s %d children\n", back.Mode, back.Name, len(back.Children))
	fmt.Printf("%+v\n", *back.Children[0].Children[0])
	fmt.Printf("%#v\n", back.Children[1].Mode)

	bad := `{"ino":9,"name":"x","mode":"rw"}`
	var x Inode
	err = json.Unmarshal([]byte(bad), &x)
	fmt.Println("error:", err)
	err = json.Unmarshal([]byte(`{"ino":"nine"}`), &x)
	fmt.Printf("%T: %v\n", err, err)

	enc := json.NewEncoder(os.Stdout)
	enc.SetEscapeHTML(false)
	enc.Encode(map[string]any{"path": "/a<b>&c", "mode": Mode(0o4755), "n": nil})
}
