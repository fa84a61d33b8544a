module statusdoc.test/snippet

go 1.22
